package fr.passerelle.reference;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class ReferenceDataReadiness implements HealthCheck {

    private final ReferenceDataStartup startup;

    public ReferenceDataReadiness(ReferenceDataStartup startup) {
        this.startup = startup;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("reference-data").status(startup.isReady()).build();
    }
}
