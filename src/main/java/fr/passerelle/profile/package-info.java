/** People: employees of the sectors in transition and jobseekers, with their skills, place and priorities. */
package fr.passerelle.profile;
