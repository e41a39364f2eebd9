# Base images by tag, not digest: Curio is built where no container registry can be read, so no
# digest could be checked in here. To pin them, run `docker buildx imagetools inspect eclipse-temurin:17-jdk`
# (and :17-jre), take the "Digest: sha256:…" line and build with
#   --build-arg BUILD_IMAGE=eclipse-temurin:17-jdk@sha256:… --build-arg RUN_IMAGE=eclipse-temurin:17-jre@sha256:…
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUN_IMAGE=eclipse-temurin:17-jre

# Build: the same Maven wrapper command as the README (mvnw checks Maven's SHA-256: the .zip's with
# unzip, else the .tar.gz's). .dockerignore keeps .env, .git, target/ and data/ out of `COPY . .`.
FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl bot -am -DskipTests package

# Run: the plain jar on a JRE, as an unprivileged user.
FROM ${RUN_IMAGE}
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home /app curio && mkdir -p /app /data && chown curio /data
COPY --from=build /src/bot/target/curio-bot-0.1.0.jar /app/curio.jar
# The jar's class-data archive (AppCDS), written here on this JRE rather than copied from the build
# stage: an archive only serves the JVM and the jar path it was made with. The same bounded training
# run as bot/pom.xml's (start, /health, one chat turn, stop); if it fails the image starts without it.
RUN cd /tmp && PORT=-1 CURIO_WEB=true CURIO_DATA_DIR=/tmp/training timeout 120 \
      java -XX:ArchiveClassesAtExit=/app/curio.jsa -cp /app/curio.jar curio.ClassArchiveTraining >/dev/null 2>&1 \
    || echo "no class-data archive: Curio starts without it"; rm -rf /tmp/training
# the CycloneDX SBOM of that jar (every library it holds, with its version), for image scanners
COPY --from=build /src/bot/target/bom.json /app/bom.json
USER curio
# CURIO_WEB_BIND: a container's 127.0.0.1 is out of the host's reach, so listen on every interface
# even while the web playground is on (no Slack or Teams settings); the published port decides who
# reaches it. Set CURIO_WEB_BIND=127.0.0.1 to keep the playground inside the container.
ENV PORT=3000 CURIO_DATA_DIR=/data CURIO_WEB_BIND=0.0.0.0
EXPOSE 3000
VOLUME /data
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s CMD curl -fsS http://127.0.0.1:${PORT}/health || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/curio.jsa", "-Xms64m", "-XX:MaxRAMPercentage=75", "-jar", "/app/curio.jar"]
