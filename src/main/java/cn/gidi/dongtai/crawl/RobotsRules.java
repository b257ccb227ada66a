package cn.gidi.dongtai.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per host, parsed by crawler-commons and kept for the run. As RFC 9309 says: a robots.txt
 * that is missing (4xx) allows everything; a server error (5xx) disallows everything. A host that cannot
 * be reached at all is not judged here: the page request fails on its own, with the real reason.
 */
final class RobotsRules {

    interface RobotsFetch {
        /** Status and body of {@code url}; status 0 if the host could not be reached. */
        Result get(String url);

        record Result(int status, byte[] body, String contentType) {
        }
    }

    private final String agent;
    private final RobotsFetch fetch;
    private final Map<String, BaseRobotRules> byOrigin = new ConcurrentHashMap<>();

    RobotsRules(String userAgent, RobotsFetch fetch) {
        this.agent = userAgent.split("[/ ]")[0].toLowerCase();
        this.fetch = fetch;
    }

    /** Null if the URL may be fetched, else why not. */
    String refusal(String url) {
        URI u = URI.create(url);
        String origin = u.getScheme() + "://" + u.getRawAuthority();
        BaseRobotRules rules = byOrigin.get(origin);
        if (rules == null) {
            RobotsFetch.Result r = fetch.get(origin + "/robots.txt");
            if (r.status() == 0) {
                return null;
            }
            rules = byOrigin.computeIfAbsent(origin, o -> parse(o + "/robots.txt", r));
        }
        if (rules.isAllowed(url)) {
            return null;
        }
        return rules.isAllowNone() ? "disallowed: " + origin + "/robots.txt answered with a server error"
                : "disallowed by " + origin + "/robots.txt";
    }

    private BaseRobotRules parse(String robotsUrl, RobotsFetch.Result r) {
        if (r.status() >= 200 && r.status() < 300) {
            return new SimpleRobotRulesParser().parseContent(robotsUrl, r.body(),
                    r.contentType() == null ? "text/plain" : r.contentType(), List.of(agent));
        }
        if (r.status() >= 400 && r.status() < 500) {
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        }
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
    }
}
