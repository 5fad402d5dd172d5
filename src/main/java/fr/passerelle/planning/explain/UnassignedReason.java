package fr.passerelle.planning.explain;

/** Why a candidate is not placed; English names, the UI translates. */
public enum UnassignedReason {
    /** The candidate has no session among their options. */
    NO_OPTION,
    /** Every session of their options is full. */
    SESSIONS_FULL,
    /** Their sessions with room belong to budget lines without money left for one more trainee. */
    BUDGET_LINE_EXHAUSTED,
    /** Their remaining sessions do not run: opening one needs its minimum cohort. */
    SESSION_NOT_OPENED,
    /** A session with room and money exists, but placing them would not add value (zero score or priority). */
    NO_VALUE,
    /** Mixed blocks (full, out of money, not opened): the seats and money went to placements of higher value. */
    LOWER_VALUE_THAN_PLACED,
    /** A session with room and money exists and placing them adds value: the search missed it (should be rare). */
    NOT_CHOSEN,
    /** Kept out by a pin. */
    PINNED
}
