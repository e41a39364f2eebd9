# Build: the same Maven wrapper command as the README.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl bot -am -DskipTests package

# Run: the plain jar on a JRE, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home /app curio && mkdir -p /app /data && chown curio /data
COPY --from=build /src/bot/target/curio-bot-0.1.0.jar /app/curio.jar
USER curio
# CURIO_WEB_BIND: a container's 127.0.0.1 is out of the host's reach, so listen on every interface
# even while the web playground is on (no Slack or Teams settings); the published port decides who
# reaches it. Set CURIO_WEB_BIND=127.0.0.1 to keep the playground inside the container.
ENV PORT=3000 CURIO_DATA_DIR=/data CURIO_WEB_BIND=0.0.0.0
EXPOSE 3000
VOLUME /data
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s CMD curl -fsS http://127.0.0.1:${PORT}/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/curio.jar"]
