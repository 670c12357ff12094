# syntax=docker/dockerfile:1
# The HTTP API for product flows and support staff, and the codec endpoint. Build from the repository's root
# after `./mvnw package`:
#   docker build -f deploy/docker/web-api.Dockerfile -t kyc-journeys/web-api .
# Configuration comes from the environment only (deploy/README.md); JDK_JAVA_OPTIONS replaces the JVM flags.
FROM eclipse-temurin:17-jre-noble

# The project version the jars were built at (the parent pom's <version>).
ARG KYC_VERSION=0.1.0-SNAPSHOT

LABEL org.opencontainers.image.title="kyc-web-api" \
      org.opencontainers.image.description="kyc-journeys web API: journeys for product flows, reviews for support, the Temporal codec endpoint" \
      org.opencontainers.image.version="${KYC_VERSION}"

# A user of our own, by number, so Kubernetes' runAsNonRoot can see it is not root.
RUN groupadd --system --gid 10001 kyc \
 && useradd --system --uid 10001 --gid kyc --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin kyc

WORKDIR /app
# The thin jar finds its dependencies in lib/ beside it (its manifest's Class-Path).
COPY web-api/target/lib/ /app/lib/
COPY deploy/docker/healthcheck /usr/local/bin/healthcheck
COPY web-api/target/kyc-web-api.jar /app/kyc-web-api.jar

# The server binds loopback by default; in a container it listens on every interface of the container, and
# what reaches it is decided by the published port (compose) or the Service (Kubernetes).
ENV MICRONAUT_SERVER_HOST=0.0.0.0 \
    MICRONAUT_SERVER_PORT=8080 \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

USER 10001:10001
EXPOSE 8080
# GET /health is readiness: PostgreSQL and Temporal answer.
HEALTHCHECK --interval=10s --timeout=6s --start-period=60s --retries=3 \
  CMD ["/usr/local/bin/healthcheck", "8080", "/health"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/kyc-web-api.jar"]
