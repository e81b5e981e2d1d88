package org.sigti.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Version 1 of the API: {@code /sigti/api/v1}. Resources and providers are found by scanning this WAR. */
@ApplicationPath("v1")
public class ApiApplication extends Application {
}
