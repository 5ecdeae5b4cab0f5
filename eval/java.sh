# Sourced by the eval scripts: sets java_bin to a JDK >= 21 (the default `java` here may be older).
java_bin=java
if ! "$java_bin" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for cand in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    if [ -x "$cand/bin/java" ] && "$cand/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then java_bin="$cand/bin/java"; break; fi
  done
fi
