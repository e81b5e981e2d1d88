/*
 * A click after the session ended must not silently do nothing (issue 19). Without a session, WildFly's OIDC
 * mechanism answers SIGTI's ajax request with a redirect to Keycloak, which the browser follows and then refuses as a
 * cross-origin answer: PrimeFaces sees a request that failed with status 0 and changes nothing on the page. When an
 * ajax request fails so, this script asks SIGTI, without following redirects, whether the session is still there
 * (a redirect means it is not) and then takes the person to the "session expired" page, which leads back to this page
 * through the login. A request cancelled because the person left the page, or a network that does not answer, is not
 * an ended session: nothing happens then.
 */
(function () {
    'use strict';

    function contextPath() {
        var settings = window.PrimeFaces && window.PrimeFaces.settings;
        if (settings && settings.contextPath) {
            return settings.contextPath;
        }
        var first = window.location.pathname.split('/')[1];
        return first ? '/' + first : '';
    }

    var leaving = false;

    function checkSession(xhr, status) {
        if (leaving || !xhr || (xhr.status !== 0 && xhr.status !== 401) || status === 'abort') {
            return;
        }
        var context = contextPath();
        // any address under the login answers a redirect when the session is gone; this one costs nothing otherwise
        window.fetch(context + '/session.probe', {credentials: 'same-origin', redirect: 'manual', cache: 'no-store'})
            .then(function (answer) {
                if (answer.type === 'opaqueredirect' || answer.status === 401) {
                    leaving = true;
                    window.location.assign(context + '/error/session?page='
                        + encodeURIComponent(window.location.pathname + window.location.search));
                }
            })
            .catch(function () {
                // the server did not answer at all: not a question of the session
            });
    }

    function listen() {
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxError', function (event, xhr, settings, error) {
                checkSession(xhr, xhr && xhr.statusText);
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', listen);
    } else {
        listen();
    }
}());
