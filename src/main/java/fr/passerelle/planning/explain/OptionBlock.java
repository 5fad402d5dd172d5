package fr.passerelle.planning.explain;

/** For one option of an unassigned candidate: what stands in the way in that session. */
public enum OptionBlock {
    SESSION_FULL,
    BUDGET_LINE_EXHAUSTED,
    SESSION_NOT_OPENED,
    OPEN_WITH_ROOM
}
