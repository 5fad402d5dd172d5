package fr.passerelle.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** The real components every @QuarkusTest runs against (one set per application start). */
@QuarkusTestResource(LocalComponentsResource.class)
public final class SharedTestResources {
    private SharedTestResources() {
    }
}
