package io.deskhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.api.HttpApi;
import io.deskhand.config.DeskhandConfig;
import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the HTTP service. With an empty index it first loads the bundled demo knowledge base.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", description = "HTTP port (default: DESKHAND_PORT or 7070)")
  Integer port;

  private final DeskhandCli.Context context;

  ServeCommand(DeskhandCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    DeskhandConfig config = context.config();
    int listen = port != null ? port : config.server().port();
    if (listen < 1 || listen > 65535) throw new DeskhandCli.UsageException("--port must be from 1 to 65535, got " + listen);
    Services services = context.services().apply(config, context.err());
    if (services.index().counts().isEmpty()) services.loadDemo();
    Javalin app = start(services, config, listen);
    context.err().println("deskhand " + services.version() + " listening on http://localhost:" + app.port()
        + " (index: " + services.index().counts() + ")");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      services.close();
      stopped.countDown();
    }, "shutdown"));
    stopped.await();
    return 0;
  }

  static Javalin start(Services services, DeskhandConfig config, int port) {
    return HttpApi.create(new HttpApi.Deps(services.pipeline(), () -> services.index().counts(),
        services.embedder().modelId(), services.version(), config.server().apiKey(), config.server().maxBodyBytes(),
        new ObjectMapper())).start(port);
  }
}
