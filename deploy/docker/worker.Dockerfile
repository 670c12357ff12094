# syntax=docker/dockerfile:1
# The Temporal worker (workflows and activities). Build from the repository's root after `./mvnw package`:
#   docker build -f deploy/docker/worker.Dockerfile -t kyc-journeys/worker .
# Configuration comes from the environment only (deploy/README.md); JDK_JAVA_OPTIONS replaces the JVM flags.
FROM eclipse-temurin:17-jre-noble

# The project version the jars were built at (the parent pom's <version>).
ARG KYC_VERSION=0.1.0-SNAPSHOT

LABEL org.opencontainers.image.title="kyc-worker" \
      org.opencontainers.image.description="kyc-journeys Temporal worker: onboarding journey workflows and Tencent eKYC activities" \
      org.opencontainers.image.version="${KYC_VERSION}"

# A user of our own, by number, so Kubernetes' runAsNonRoot can see it is not root.
RUN groupadd --system --gid 10001 kyc \
 && useradd --system --uid 10001 --gid kyc --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin kyc

WORKDIR /app
# The thin jar finds its dependencies in lib/ beside it (its manifest's Class-Path): the layers of lib/ change
# only when dependencies do.
COPY worker/target/lib/ /app/lib/
COPY deploy/docker/healthcheck /usr/local/bin/healthcheck
COPY worker/target/kyc-worker.jar /app/kyc-worker.jar

# The management port (probes, /prometheus) binds loopback by default; in a container it must be reachable by
# the orchestrator's probes and Prometheus, never published to a public network.
ENV KYC_WORKER_MANAGEMENT_HOST=0.0.0.0 \
    KYC_WORKER_MANAGEMENT_PORT=8081 \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

USER 10001:10001
EXPOSE 8081
# Readiness, not liveness: a worker that cannot reach PostgreSQL or Temporal takes no work and shows unhealthy.
HEALTHCHECK --interval=10s --timeout=6s --start-period=60s --retries=3 \
  CMD ["/usr/local/bin/healthcheck", "8081", "/health/readiness"]
# SIGTERM reaches java itself (exec form, PID 1), which drains running activities for KYC_WORKER_SHUTDOWN_GRACE.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/kyc-worker.jar"]
