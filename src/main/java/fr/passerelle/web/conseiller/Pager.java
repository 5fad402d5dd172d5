package fr.passerelle.web.conseiller;

/** One page of a list: which page, how many per page, how many in all; the page number is bounded by the caller. */
public record Pager(int page, int size, long total) {
    /** A page is what a person reads; the bound also caps the offset a request can ask for. */
    public static final int SIZE = 50;
    public static final int MAX_PAGE = 1000;

    /** The page asked for, 0 when absent, not a number or out of bounds (a list never fails on a bad page number). */
    public static int bounded(String page) {
        if (page == null || !page.strip().matches("\\d{1,4}")) {
            return 0;
        }
        int n = Integer.parseInt(page.strip());
        return n > MAX_PAGE ? 0 : n;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total && page < MAX_PAGE;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    /** Shown to people: pages count from 1. */
    public int number() {
        return page + 1;
    }

    public long pageCount() {
        return Math.max(1, (total + size - 1) / size);
    }
}
