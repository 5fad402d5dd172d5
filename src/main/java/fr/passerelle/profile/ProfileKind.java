package fr.passerelle.profile;

/** WORKER: an employee of a sector in transition; JOBSEEKER: a person registered as looking for a job. */
public enum ProfileKind {
    WORKER, JOBSEEKER
}
