#!/usr/bin/env bash
# A real Spark standalone cluster on this machine: one master and two workers (1 core, 1 GB each)
# on 127.0.0.1, run from the command line's own dependency jars (no Spark download), for trying
# `stocktake run --master spark://...` and for ClusterIT. See docs/cluster.md.
#
#   scripts/local-cluster.sh start [PORT]   start; print the master URL (default port 7077, or the
#                                           next free one when 7077 is taken)
#   scripts/local-cluster.sh status         say what runs; exit 0 if the whole cluster runs, else 3
#   scripts/local-cluster.sh stop           stop the daemons and wait until they are gone
#
# Needs cli/target/stocktake-cli.jar, classpath.txt and jvm.options: build them with
#   mvn -B -pl cli -am package -DskipTests
# State, pids and logs live in target/local-cluster/ (STOCKTAKE_CLUSTER_DIR overrides it, so a test
# can run its own cluster beside a developer's).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=$here/cli/target
dir=${STOCKTAKE_CLUSTER_DIR:-$here/target/local-cluster}
host=127.0.0.1
default_port=7077
workers=2
worker_cores=1
worker_memory=1g
# The daemons only schedule; the executors they start get spark.executor.memory (1 GB by default).
daemon_heap=-Xmx256m
ready_timeout=90
# The workers start executors with the java they run on.
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

say() { echo "local-cluster: $*" >&2; }
fail() {
  say "$*"
  exit 1
}

# Whether the pid runs a Spark daemon: a stale pid file must not make us signal another process.
is_daemon() { ps -p "$1" -o args= 2>/dev/null | grep -q 'org\.apache\.spark\.deploy\.'; }

pid_alive() { [ -f "$1" ] && is_daemon "$(cat "$1")"; }

port_taken() { (exec 3<>"/dev/tcp/$host/$1") 2>/dev/null; }

daemon_pids() {
  local f
  for f in "$dir/master.pid" "$dir"/worker-*.pid; do
    [ -f "$f" ] && echo "$f"
  done
  return 0
}

# SPARK_HOME for the workers: they launch executors through Spark's launcher, which puts
# $SPARK_HOME/jars/* on the executor's class path. Linking every jar of the command line there
# gives the executors Stocktake's classes and exactly the driver's library versions.
make_spark_home() {
  local home=$dir/spark-home entry dist=""
  rm -rf "$home"
  mkdir -p "$home/jars" "$home/conf"
  ln -s "$target/stocktake-cli.jar" "$home/jars/stocktake-cli.jar"
  # The command line's own log4j2.properties says WARN; daemons and executors log at INFO, as
  # Spark's do, so their logs show what was launched. The executors find this one first: the
  # conf folder leads their class path.
  cat >"$home/conf/log4j2.properties" <<'EOF'
rootLogger.level = info
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex
logger.nativecode.name = org.apache.hadoop.util.NativeCodeLoader
logger.nativecode.level = error
EOF
  # Read by the master and workers: no REST submission server (port 6066), only what is needed.
  echo "spark.master.rest.enabled false" >"$home/conf/spark-defaults.conf"
  # classpath.txt has no final newline: the echo gives its last jar one.
  while IFS= read -r entry; do
    [ -n "$entry" ] || continue
    if [ -d "$entry" ]; then
      # A module's classes folder (a reactor build before `package`): not a jar to link.
      dist=${dist:+$dist:}$entry
    else
      ln -sf "$entry" "$home/jars/$(basename "$entry")"
    fi
  done < <(tr : "\n" <"$target/classpath.txt"; echo)
  printf '%s' "$dist" >"$dir/dist-classpath"
}

# Starts one daemon in the background, detached from this script's terminal and output.
launch() {
  local name=$1
  shift
  # shellcheck disable=SC2046 # jvm.options is one line of options
  SPARK_HOME=$dir/spark-home SPARK_CONF_DIR=$dir/spark-home/conf SPARK_SCALA_VERSION=2.13 \
    SPARK_LOCAL_IP=$host SPARK_LOCAL_HOSTNAME=$host SPARK_DIST_CLASSPATH=$(cat "$dir/dist-classpath") \
    nohup "$java" $(cat "$target/jvm.options") $daemon_heap \
    -Dlog4j2.configurationFile="$dir/spark-home/conf/log4j2.properties" \
    -cp "$target/stocktake-cli.jar:$(cat "$target/classpath.txt")" "$@" \
    </dev/null >"$dir/logs/$name.log" 2>&1 &
  local pid=$! waited=0
  echo "$pid" >"$dir/$name.pid"
  # Until the forked shell has become java, ps shows this script's command line, and pid_alive
  # would take the daemon for dead (on a busy machine a start failed so, with an empty log). Wait
  # for the daemon's own command line, or for the process to end.
  until is_daemon "$pid"; do
    kill -0 "$pid" 2>/dev/null || break
    [ "$waited" -lt 200 ] || fail "the $name (pid $pid) did not become a Spark daemon in 10 s"
    sleep 0.05
    waited=$((waited + 1))
  done
}

# Waits until a line matching the pattern is in the daemon's log; fails if the daemon died.
await_log() {
  local name=$1 pattern=$2 waited=0
  until grep -q -E "$pattern" "$dir/logs/$name.log" 2>/dev/null; do
    pid_alive "$dir/$name.pid" || {
      tail -n 30 "$dir/logs/$name.log" >&2 || true
      fail "the $name stopped while starting; its log is $dir/logs/$name.log"
    }
    [ "$waited" -lt $((ready_timeout * 5)) ] || fail "the $name did not start in ${ready_timeout} s; see $dir/logs/$name.log"
    sleep 0.2
    waited=$((waited + 1))
  done
}

start() {
  local port=${1:-}
  for f in stocktake-cli.jar classpath.txt jvm.options; do
    [ -f "$target/$f" ] || fail "cli/target/$f is missing; build it with: mvn -B -pl cli -am package -DskipTests"
  done
  if pid_alive "$dir/master.pid"; then
    say "already running (stop it first to restart)"
    cat "$dir/master-url"
    return 0
  fi
  stop_daemons quiet
  if [ -n "$port" ]; then
    [[ "$port" =~ ^[0-9]+$ ]] || fail "PORT must be a number, not \"$port\""
    ! port_taken "$port" || fail "port $port on $host is taken; give another PORT or none for a free one"
  else
    port=$default_port
    while port_taken "$port"; do
      port=$((port + 1))
      [ "$port" -lt $((default_port + 100)) ] || fail "no free port in $default_port..$port on $host"
    done
  fi
  mkdir -p "$dir/logs" "$dir/work"
  rm -f "$dir/logs/"*.log "$dir/master-url"
  make_spark_home

  local begun=$SECONDS
  # A start that fails half way stops what it started.
  trap 'stop_daemons quiet' EXIT
  # Web UIs on port 0 take a free port each, so they never clash with anything.
  launch master org.apache.spark.deploy.master.Master --host "$host" --port "$port" --webui-port 0
  await_log master 'Starting Spark master at spark://'
  local url
  url=$(grep -o -m1 -E 'spark://[^ ]+' "$dir/logs/master.log")
  echo "$url" >"$dir/master-url"
  await_log master 'ALIVE'
  local i
  for i in $(seq 1 "$workers"); do
    launch "worker-$i" org.apache.spark.deploy.worker.Worker --host "$host" --port 0 --webui-port 0 \
      --cores "$worker_cores" --memory "$worker_memory" --work-dir "$dir/work/worker-$i" "$url"
  done
  for i in $(seq 1 "$workers"); do
    await_log "worker-$i" 'Successfully registered with master'
  done
  trap - EXIT
  say "master and $workers workers ($worker_cores core, $worker_memory each) up in $((SECONDS - begun)) s; logs in $dir/logs"
  echo "$url"
}

# Stops every daemon with a pid file: SIGTERM (a worker then kills its executors), SIGKILL after 30 s.
stop_daemons() {
  local quiet=${1:-} f pid waited running=()
  for f in $(daemon_pids); do
    if pid_alive "$f"; then
      kill "$(cat "$f")" 2>/dev/null || true
      running+=("$f")
    else
      rm -f "$f"
    fi
  done
  for f in ${running[@]+"${running[@]}"}; do
    pid=$(cat "$f")
    waited=0
    while is_daemon "$pid"; do
      if [ "$waited" -eq 300 ]; then
        say "$(basename "$f" .pid) (pid $pid) did not stop in 30 s; killing it"
        kill -9 "$pid" 2>/dev/null || true
      fi
      sleep 0.1
      waited=$((waited + 1))
    done
    [ -n "$quiet" ] || say "stopped $(basename "$f" .pid) (pid $pid)"
    rm -f "$f"
  done
  [ -n "$quiet" ] || [ ${#running[@]} -gt 0 ] || say "not running"
  rm -f "$dir/master-url"
}

status() {
  local f up=0 all=0
  for f in $(daemon_pids); do
    all=$((all + 1))
    if pid_alive "$f"; then
      up=$((up + 1))
      echo "$(basename "$f" .pid): running (pid $(cat "$f"))"
    else
      echo "$(basename "$f" .pid): not running (stale pid file)"
    fi
  done
  if [ "$all" -eq 0 ]; then
    echo "not running"
    return 3
  fi
  [ -f "$dir/master-url" ] && echo "master URL: $(cat "$dir/master-url")"
  [ "$up" -eq $((workers + 1)) ] || return 3
}

case ${1:-} in
  start) start "${2:-}" ;;
  stop) stop_daemons ;;
  status) status ;;
  *)
    echo "usage: $0 start [PORT] | stop | status" >&2
    exit 1
    ;;
esac
