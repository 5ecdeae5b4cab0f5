package io.deskhand.zendesk;

import io.deskhand.Services;
import io.deskhand.cli.DeskhandCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The {@code sync} command as a user runs it, against a fake account, with its exit code and output. */
record SyncRun(int code, String out, String err) {
  static SyncRun of(FakeZendesk zd, Path data, String email, String token) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env = Map.of("DESKHAND_DATA_DIR", data.toString(), "DESKHAND_ZENDESK_URL", zd.baseUrl().toString(),
        "DESKHAND_ZENDESK_EMAIL", email, "DESKHAND_ZENDESK_TOKEN", token,
        "DESKHAND_ZENDESK_REQUESTS_PER_MINUTE", "60000", "DESKHAND_ZENDESK_INCREMENTAL_REQUESTS_PER_MINUTE", "60000");
    int code = DeskhandCli.run(new String[] {"sync"}, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Services::new);
    return new SyncRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
