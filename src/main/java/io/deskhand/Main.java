package io.deskhand;

import io.deskhand.cli.DeskhandCli;

/** Entry point and composition root: the CLI parses, {@link Services} wires the object graph. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = DeskhandCli.run(args, System.getenv(), System.out, System.err, Services::new);
    System.exit(code);
  }
}
