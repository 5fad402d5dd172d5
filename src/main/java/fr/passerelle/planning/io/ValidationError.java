package fr.passerelle.planning.io;

/** One reason an instance is refused, located by its JSON path (e.g. {@code $.sessions[3].capacity}). */
public record ValidationError(String path, String reason) {

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
