# Finds a JDK 21 or newer (Payara Micro 7 needs it) and puts it first: exports JAVA_HOME and PATH. Sourced, not run.
# Looks at $JAVA_HOME, the java on PATH, then every JDK under /usr/lib/jvm (newest first); where none is found,
# installs Debian's newest openjdk-N-jdk (N >= 21) if the package lists have one; fails saying what it looked at.

_klaster_jdk_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

_klaster_jdk_pick() {
    local candidate major
    for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
        $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's|/$||' | sort -t- -k2,2 -V -r); do
        [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$(_klaster_jdk_major "$candidate")
        if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

klaster_use_jdk() {
    local home
    if ! home=$(_klaster_jdk_pick); then
        local pkg
        apt-get update -q >/dev/null 2>&1 || true
        pkg=$(apt-cache search --names-only '^openjdk-[0-9]+-jdk-headless$' 2>/dev/null | awk '{print $1}' \
            | sed 's/openjdk-\([0-9]*\)-.*/\1 &/' | awk '$1 >= 21 {print $2}' | sort -V | tail -n 1)
        if [ -n "$pkg" ]; then
            echo "== installing $pkg (no JDK 21+ found)" >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$pkg" >&2
        fi
        home=$(_klaster_jdk_pick) || {
            echo "No JDK 21 or newer: not in JAVA_HOME, on PATH, under /usr/lib/jvm, nor in Debian's package lists." >&2
            echo "Install one (Temurin 25 is tested) and set JAVA_HOME." >&2
            return 1
        }
    fi
    export JAVA_HOME=$home
    export PATH=$JAVA_HOME/bin:$PATH
}
