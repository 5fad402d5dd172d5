package fr.passerelle.planning.domain;

import java.math.BigDecimal;

/**
 * One session a candidate may attend, with its match score and the value of that pair,
 * {@code priority * score}, both exact ({@link #exactValue()}) and scaled to a long ({@link #value()}).
 */
public record SessionOption(Session session, BigDecimal score, BigDecimal exactValue, long value) {
}
