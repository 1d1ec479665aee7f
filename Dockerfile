# Build: the production frontend bundle and the jar. npm fetches Node 24 and the place-search data from the npm registry.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN apt-get update && apt-get install -y --no-install-recommends npm && rm -rf /var/lib/apt/lists/*
RUN ./mvnw -B -q dependency:go-offline
COPY bin bin
COPY package.json package-lock.json tsconfig.json types.d.ts ./
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package

# Run: a JRE, the jar, and the H2 data directory as a volume (or MySQL through the mysql profile).
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 mesta && mkdir /data && chown mesta /data
COPY --from=build /src/target/mesta-*.jar /tmp/mesta.jar
# Start-up in seconds, not tens of seconds (see bin/start): the jar unpacked, and a JDK ahead-of-time cache of
# what a start loads, made by a training start (to "ready" and the first pages) on a throwaway database with this
# very JRE.
RUN java -Djarmode=tools -jar /tmp/mesta.jar extract --destination /app && rm /tmp/mesta.jar \
 && MESTA_DATA_DIR=/tmp/training MESTA_DEMO_DATA=false PORT=0 \
    java -XX:AOTCacheOutput=/app/mesta.aot -Dmesta.startup.training=true -jar /app/mesta.jar \
 && rm -rf /tmp/training
USER mesta
VOLUME /data
ENV MESTA_DATA_DIR=/data \
    PORT=8080
EXPOSE 8080
# Configure with environment variables: MESTA_BASE_URL, MESTA_ADMIN_EMAIL/MESTA_ADMIN_PASSWORD (first admin),
# MAIL_HOST/MAIL_PORT/MAIL_USERNAME/MAIL_PASSWORD, SPRING_PROFILES_ACTIVE=mysql with MYSQL_URL/MYSQL_USER/MYSQL_PASSWORD.
ENTRYPOINT ["java", "-XX:AOTCache=/app/mesta.aot", "-jar", "/app/mesta.jar"]
