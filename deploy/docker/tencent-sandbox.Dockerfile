# syntax=docker/dockerfile:1
# The Tencent eKYC sandbox (docs/sandbox.md): a stand-in for Tencent Cloud for trials and load tests, never for
# production. Build from the repository's root after `./mvnw package`:
#   docker build -f deploy/docker/tencent-sandbox.Dockerfile -t kyc-journeys/tencent-sandbox .
FROM eclipse-temurin:17-jre-noble

# The project version the jars were built at (the parent pom's <version>).
ARG KYC_VERSION=0.1.0-SNAPSHOT

LABEL org.opencontainers.image.title="kyc-tencent-sandbox" \
      org.opencontainers.image.description="kyc-journeys Tencent eKYC sandbox: the vendor's actions emulated, with synthetic cards; development keys only" \
      org.opencontainers.image.version="${KYC_VERSION}"

# A user of our own, by number, so Kubernetes' runAsNonRoot can see it is not root.
RUN groupadd --system --gid 10001 kyc \
 && useradd --system --uid 10001 --gid kyc --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin kyc

WORKDIR /app
COPY tencent-sandbox/target/lib/ /app/lib/
COPY deploy/docker/healthcheck /usr/local/bin/healthcheck
COPY tencent-sandbox/target/kyc-tencent-sandbox.jar /app/kyc-tencent-sandbox.jar

# Listens on every interface of the container (SANDBOX_HOST); its admin API is then off unless a
# configuration file (--config) sets an adminToken. Headless: the card generator draws with AWT.
ENV SANDBOX_HOST=0.0.0.0 \
    SANDBOX_PORT=9080 \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true -Dlogback.configurationFile=logback-sandbox.xml"

USER 10001:10001
EXPOSE 9080
# Its admin health route is off on a non-loopback bind without a token, so the check is a TCP connect.
HEALTHCHECK --interval=5s --timeout=3s --start-period=20s --retries=3 \
  CMD ["/usr/local/bin/healthcheck", "9080"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/kyc-tencent-sandbox.jar"]
