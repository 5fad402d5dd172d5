package fr.passerelle.plan;

/** The life of a solve. A job that was running when the application stopped reads INTERRUPTED after restart. */
public enum ScenarioStatus {
    WAITING, SOLVING, DONE, FAILED, INTERRUPTED;

    public boolean finished() {
        return this == DONE || this == FAILED || this == INTERRUPTED;
    }
}
