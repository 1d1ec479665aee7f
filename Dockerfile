# Build: the production frontend bundle and the jar. npm fetches Node 24 and the place-search data from the npm registry.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN apt-get update && apt-get install -y --no-install-recommends npm && rm -rf /var/lib/apt/lists/*
RUN ./mvnw -B -q dependency:go-offline
COPY bin bin
COPY package.json package-lock.json tsconfig.json types.d.ts ./
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package

# Run: a JRE, the jar, and the H2 data directory as a volume (or MySQL through the mysql profile).
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 mesta && mkdir /data && chown mesta /data
USER mesta
COPY --from=build /src/target/mesta-*.jar /app/mesta.jar
VOLUME /data
ENV MESTA_DATA_DIR=/data \
    PORT=8080
EXPOSE 8080
# Configure with environment variables: MESTA_BASE_URL, MESTA_ADMIN_EMAIL/MESTA_ADMIN_PASSWORD (first admin),
# MAIL_HOST/MAIL_PORT/MAIL_USERNAME/MAIL_PASSWORD, SPRING_PROFILES_ACTIVE=mysql with MYSQL_URL/MYSQL_USER/MYSQL_PASSWORD.
ENTRYPOINT ["java", "-jar", "/app/mesta.jar"]
