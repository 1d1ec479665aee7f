package org.mesta.e2e;

import java.util.HashSet;
import java.util.Set;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The embedded server's HTTP sessions, for the memory benchmarks (#17): which exist, and ending them as their timeout
 * would (Vaadin then closes their UIs and push connections), so that the heap they free can be read while the
 * browsers, and the Playwright client's objects in this JVM, stay as they were.
 */
final class ServerSessions {

    private ServerSessions() {}

    static Manager manager(WebServerApplicationContext web) {
        var tomcat = (TomcatWebServer) web.getWebServer();
        var context = (Context) tomcat.getTomcat().getHost().findChildren()[0];
        return context.getManager();
    }

    static Set<String> ids(WebServerApplicationContext web) {
        Set<String> ids = new HashSet<>();
        for (var session : manager(web).findSessions()) ids.add(session.getId());
        return ids;
    }

    /** Ends every session but these; returns how many ended. */
    static int endAllBut(WebServerApplicationContext web, Set<String> kept) {
        int ended = 0;
        for (var session : manager(web).findSessions()) {
            if (!kept.contains(session.getId())) {
                session.expire();
                ended++;
            }
        }
        return ended;
    }
}
