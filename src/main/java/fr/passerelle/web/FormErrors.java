package fr.passerelle.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * French error messages of a submitted form, by field name. The page is rendered again with what was typed and each
 * message next to its field: {@code {#if errors.has('amount')}…{errors.get('amount')}…{/if}}.
 */
public class FormErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public Map<String, String> all() {
        return byField;
    }
}
