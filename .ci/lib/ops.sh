# Shared functions of the operations scripts (.ci/two-nodes, .ci/backup-restore, .ci/load, .ci/sqlmap).
# Sourced, not run. Expects to be in the project root, `set -euo pipefail`, and OPS_WORK (a scratch folder).
# Every portal started with start_portal is remembered in OPS_PIDS and stopped by ops_cleanup (trap it on EXIT).

# shellcheck source=jdk.sh
. "$(dirname "${BASH_SOURCE[0]}")/jdk.sh"
klaster_use_jdk

OPS_DB_USER=${OPS_DB_USER:-klaster}
OPS_DB_PASSWORD=${OPS_DB_PASSWORD:-klaster-ci-password}
OPS_MICRO_JAR=${OPS_MICRO_JAR:-web/target/payara-micro.jar}
OPS_WAR=${OPS_WAR:-web/target/klaster-portal.war}
OPS_PIDS=()
declare -A OPS_LOGS=()  # pid -> log file, for wait_portal's diagnosis
OPS_NGINX_PREFIX=""

log() { echo "== $(date -u +%H:%M:%S) $*"; }

# seconds (2 decimals) since $1 (date +%s.%N)
since() { awk -v now="$(date +%s.%N)" -v since="$1" 'BEGIN { printf "%.2f", now - since }'; }

# Builds (offline, reactor, no install) unless the WAR is already there and OPS_BUILD=never.
ops_build() {
    if [ "${OPS_BUILD:-auto}" = never ] && [ -f "$OPS_WAR" ]; then
        log "using the built $OPS_WAR"
        return
    fi
    log "building: mvn -T 1 -B -o -q package -DskipTests"
    mvn -T 1 -B -o -q package -DskipTests
}

# PostgreSQL 15 up; the role klaster exists.
ops_postgres() {
    if ! pg_isready -q 2>/dev/null; then
        pg_ctlcluster 15 main start 2>/dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- || true  # no inherited fd (a flock) kept by the server
        for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
    fi
    su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$OPS_DB_USER') THEN
    CREATE ROLE $OPS_DB_USER LOGIN PASSWORD '$OPS_DB_PASSWORD';
  END IF;
END \$\$;
SQL
}

# A fresh, empty database $1 owned by klaster.
ops_fresh_db() {
    su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DROP DATABASE IF EXISTS $1 WITH (FORCE);
CREATE DATABASE $1 OWNER $OPS_DB_USER ENCODING 'UTF8' TEMPLATE template0;
SQL
}

# psql as klaster on database $1, unaligned, no headers; the rest: psql arguments.
ops_psql() {
    local db=$1
    shift
    PGPASSWORD=$OPS_DB_PASSWORD psql -h localhost -U "$OPS_DB_USER" -d "$db" -X -q -A -t -v ON_ERROR_STOP=1 "$@"
}

# Starts a portal on database $1, HTTP port $2, log file $3; the rest: more Payara Micro options. The JVM options
# are OPS_JVM (default: production-like). Extra environment: OPS_ENV (e.g. "KLASTER_DEMO_DATA=true").
# The data grid member binds only to the interface given with --interfaces (hazelcast.socket.bind.any=false); pass
# the grid options ($(ops_grid_single PORT) for one node, or the two-node ones) among the Micro options.
# Sets PORTAL_PID.
start_portal() {
    local db=$1 port=$2 logfile=$3
    shift 3
    # shellcheck disable=SC2086
    env DB_URL="jdbc:postgresql://localhost:5432/$db" DB_USER="$OPS_DB_USER" DB_PASSWORD="$OPS_DB_PASSWORD" \
        DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource KLASTER_BASE_URL="http://localhost:$port" ${OPS_ENV:-} \
        java ${OPS_JVM:--Xmx1g -XX:+UseG1GC} -Dhazelcast.socket.bind.any=false -jar "$OPS_MICRO_JAR" --deploy "$OPS_WAR" \
        --contextroot / --port "$port" --prebootcommandfile bin/payara-preboot.asadmin "$@" >"$logfile" 2>&1 &
    PORTAL_PID=$!
    OPS_PIDS+=("$PORTAL_PID")
    OPS_LOGS[$PORTAL_PID]=$logfile
}

# The data-grid options of a single node: loopback only, a random cluster name, grid port $1 (6900).
ops_grid_single() {
    echo "--clustername klaster-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n') --clustermode tcpip:127.0.0.1:${1:-6900} --interfaces 127.0.0.1 --startport ${1:-6900}"
}

# Waits until http://localhost:$2/health/ready answers 200 (the process $1 must stay alive); prints the seconds.
# With the portal's log file ($3, else the one start_portal remembered), a failed deployment ends the wait at once, and any failure prints the log's
# last 80 lines to stderr, so that a CI run that stops here says why (a start takes 15-25 s; 5 minutes is the limit).
wait_portal() {
    local pid=$1 port=$2 logfile=${3:-${OPS_LOGS[$1]:-}} from
    from=$(date +%s.%N)
    for _ in $(seq 1 1500); do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the portal (pid $pid, port $port) stopped while starting" >&2
            ops_log_tail "$logfile"
            return 1
        fi
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready" || true)" = 200 ]; then
            since "$from"
            return 0
        fi
        if [ -n "$logfile" ] && grep -qE 'Exception while loading the app|Failed to deploy|Deployment failed' "$logfile" 2>/dev/null; then
            echo "the portal on port $port failed to deploy" >&2
            ops_log_tail "$logfile"
            return 1
        fi
        sleep 0.2
    done
    echo "the portal on port $port did not get ready within 5 minutes" >&2
    ops_log_tail "$logfile"
    return 1
}

# The last 80 lines of log file $1 (if given) on stderr, between markers.
ops_log_tail() {
    [ -n "${1:-}" ] && [ -f "$1" ] || return 0
    { echo "---- the last 80 lines of $1"; tail -n 80 "$1"; echo "----"; } >&2
}

# Stops process $1: SIGTERM (or signal $2), then SIGKILL after 60 s.
stop_pid() {
    local pid=$1 sig=${2:-TERM}
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -s "$sig" "$pid" 2>/dev/null || true
        for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null || true
    fi
    return 0
}

ops_cleanup() {
    local pid
    for pid in "${OPS_PIDS[@]}"; do
        stop_pid "$pid"
    done
    if [ -n "$OPS_NGINX_PREFIX" ] && [ -f "$OPS_NGINX_PREFIX/nginx.pid" ]; then
        nginx -p "$OPS_NGINX_PREFIX" -c "$OPS_NGINX_PREFIX/nginx.conf" -s stop 2>/dev/null || true
    fi
}

# The generator (README "Benchmark data") without `mvn install`: run from the built WAR's jars.
# $1: database, the rest: generator options (--scale ... --seed ...).
ops_generate() {
    local db=$1
    shift
    local lib=$OPS_WORK/generator-lib war
    war=$(readlink -f "$OPS_WAR")  # OPS_WAR may be relative to the project or absolute
    rm -rf "$lib"
    mkdir -p "$lib"
    (cd "$lib" && unzip -q -j "$war" 'WEB-INF/lib/*.jar')
    java -Xmx4g -cp "$lib/*:$HOME/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar" \
        pl.klaster.portal.service.platform.generator.GenerateData \
        --url "jdbc:postgresql://localhost:5432/$db" --user "$OPS_DB_USER" --password "$OPS_DB_PASSWORD" "$@"
}

# Signs in through the Faces form at $1 (base URL) with cookie jar $2 as user $3; fails unless redirected home.
faces_sign_in() {
    local base=$1 jar=$2 user=$3 page state nonce location
    page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
    state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/')
    # the script nonce PrimeFaces puts into every form of the page; a post without it runs nothing (issue 24, finding 9)
    nonce=$(printf '%s' "$page" | grep -o "PrimeFaces.csp.init('[^']*'" | head -n 1 | sed "s/.*('//; s/'\$//")
    [ -n "$state" ] && [ -n "$nonce" ] || { echo "no view state or script nonce on $base/login.xhtml" >&2; return 1; }
    local answer=${OPS_WORK:-/tmp}/sign-in-answer.html
    location=$(curl -s -o "$answer" -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode login=login --data-urlencode "login:username=$user" \
        --data-urlencode "login:password=demo-password" --data-urlencode login:submit=login \
        --data-urlencode "primefaces.nonce=$nonce" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml")
    case $location in
        *"/home.xhtml"*|*"/dashboard.xhtml"*) return 0 ;;
        *) echo "sign-in of $user failed (status and redirect: '$location'; page: $(grep -o '<title>[^<]*' "$answer" | head -n 1 | sed 's/<title>//'); message: $(grep -o 'ui-messages-error-summary">[^<]*' "$answer" | head -n 1 | sed 's/.*>//'))" >&2; return 1 ;;
    esac
}

# A new API token of the user signed in with cookie jar $2 at $1 (name $3, the user's password $4, demo-password by
# default: making a token asks for it again); prints the secret.
new_token() {
    curl -s -b "$2" -c "$2" -H 'X-Requested-With: ops' -H 'Content-Type: application/json' \
        -X POST "$1/api/v1/tokens" -d "{\"name\":\"${3:-ops}\",\"password\":\"${4:-demo-password}\"}" \
        | sed -n 's/.*"secret" *: *"\([^"]*\)".*/\1/p'
}

# a signal ends the script through its EXIT trap (which stops what it started)
trap 'exit 143' TERM INT HUP

# A plain Hazelcast client tries to join a data grid, as an attacker on the network would (issue 24, item 1).
# $1: the cluster names to try, comma-separated ("-" is the client's default settings, cluster name "dev"); the rest:
# the addresses to try (host:port, [v6]:port). Every name is tried at every address at once, each by its own client
# with Hazelcast's default settings but a 5 s cluster-connect timeout (3 s per connection attempt). Prints a line per
# try: "  ADDRESS, cluster 'NAME': JOINED ... (what it could read)" or "... not joined after S s: REASON". Names longer
# than 16 characters are shown cut (they are the grid's secret). Returns non-zero only when the probe could not be
# fetched, compiled or run. The client is com.hazelcast:hazelcast:5.3.8 from Maven Central, fetched once with
# `mvn dependency:copy` into OPS_HZ_CLIENT_DIR (/tmp/klaster-hazelcast-client); the probe is compiled into
# $OPS_WORK/grid-probe.
ops_grid_probe() {
    local names=$1 dir=$OPS_WORK/grid-probe cache=${OPS_HZ_CLIENT_DIR:-/tmp/klaster-hazelcast-client}
    shift
    local jar=$cache/hazelcast-5.3.8.jar
    if [ ! -s "$jar" ]; then
        mkdir -p "$cache"
        # outside the project: no pom of ours is read
        (cd "$cache" && mvn -B -q dependency:copy -Dartifact=com.hazelcast:hazelcast:5.3.8 -DoutputDirectory="$cache") >&2 \
            || { echo "could not fetch com.hazelcast:hazelcast:5.3.8 from Maven Central" >&2; return 2; }
    fi
    if [ ! -f "$dir/classes/Probe.class" ]; then
        mkdir -p "$dir"
        cat >"$dir/Probe.java" <<'JAVA'
import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.DistributedObject;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Probe NAMES ADDRESS...: a plain Hazelcast client per name and address tries to join; one line per try. */
public class Probe {
    public static void main(String[] args) {
        ExecutorService pool = Executors.newCachedThreadPool();
        List<CompletableFuture<String>> tries = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            for (String name : args[0].split(",")) {
                String address = args[a];
                tries.add(CompletableFuture.supplyAsync(() -> attempt(name, address), pool));
            }
        }
        tries.forEach(t -> System.out.println(t.join()));
        System.exit(0);
    }

    static String attempt(String name, String address) {
        ClientConfig config = new ClientConfig();
        if (!name.equals("-")) {
            config.setClusterName(name);
        }
        config.getNetworkConfig().addAddress(address).setConnectionTimeout(3000);
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(5000);
        config.setProperty("hazelcast.logging.type", "none");
        String shown = config.getClusterName().length() > 16 ? config.getClusterName().substring(0, 12) + "..." : config.getClusterName();
        String what = "  " + address + ", cluster '" + shown + "'" + (name.equals("-") ? " (the client's default)" : "") + ": ";
        long from = System.nanoTime();
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(config);
        } catch (Throwable e) {
            String message = String.valueOf(e.getMessage()).split("\n")[0];
            return what + String.format("not joined after %.1f s: %s: %s", (System.nanoTime() - from) / 1e9,
                    e.getClass().getSimpleName(), message.length() > 120 ? message.substring(0, 120) + "..." : message);
        }
        try {
            int maps = 0;
            long entries = 0;
            for (DistributedObject o : client.getDistributedObjects()) {
                if (o instanceof IMap<?, ?> map) {
                    maps++;
                    entries += map.size();
                }
            }
            return what + String.format("JOINED after %.1f s, %d member(s), %d distributed objects, %d maps with %d entries (readable)",
                    (System.nanoTime() - from) / 1e9, client.getCluster().getMembers().size(),
                    client.getDistributedObjects().size(), maps, entries);
        } catch (Throwable e) {
            return what + "JOINED, then failed reading: " + e;
        } finally {
            client.shutdown();
        }
    }
}
JAVA
        javac -nowarn -cp "$jar" -d "$dir/classes" "$dir/Probe.java" >&2 || { echo "the grid probe does not compile" >&2; return 2; }
    fi
    # shellcheck disable=SC2046
    timeout 120 java -Xmx256m -Dhazelcast.prefer.ipv4.stack=false $([ "$(_klaster_jdk_major "$JAVA_HOME" | cut -d. -f1)" -ge 24 ] \
        && echo --sun-misc-unsafe-memory-access=allow) -cp "$jar:$dir/classes" Probe "$names" "$@" 2>"$dir/stderr.txt" \
        || { echo "the grid probe did not run through (see $dir/stderr.txt): $(tail -n 3 "$dir/stderr.txt")" >&2; return 2; }
}
