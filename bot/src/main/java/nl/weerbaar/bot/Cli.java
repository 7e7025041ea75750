package nl.weerbaar.bot;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.weerbaar.bot.signals.InboxLinkCommand;
import nl.weerbaar.bot.teams.TeamsPackageCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;

/**
 * The command-line tools of the jar, parsed by picocli. None of them starts Spring or a web server,
 * and each returns its exit code instead of exiting, so tests can call it: 0 done, 1 failed (an
 * invalid catalogue, a file that cannot be written; an unexpected exception with its stack trace
 * on stderr), 2 wrong use (with the usage on stderr).
 * {@code --help} after any command shows its usage; all text is Dutch.
 */
@Command(
        name = "java -jar weerbaar.jar",
        description = CliTeksten.ZONDER_OPDRACHT,
        synopsisSubcommandLabel = "[OPDRACHT]")
public final class Cli implements Callable<Integer> {
    private static final Set<String> COMMANDS = Set.of(
            "validate", "recognize", "evaluate", "crossvalidate", "teams-package", "inbox-link", "help", "--help");

    private CommandLine commandLine;

    private Cli() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command with the process's environment (for defaults such as {@code MicrosoftAppId}). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), in, out, err);
    }

    /** Runs a command with the given environment; the exit code is returned, never used to exit. */
    public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        Cli cli = new Cli();
        CommandLine commandLine = new CommandLine(cli)
                .addSubcommand(new ValidateCommand(out, err))
                .addSubcommand(new RecognitionCommands.Recognize(in, out, err))
                .addSubcommand(new RecognitionCommands.Evaluate(in, out, err))
                .addSubcommand(new RecognitionCommands.CrossValidate(in, out, err))
                .addSubcommand(new TeamsPackageCommand(env, out, err))
                .addSubcommand(new InboxLinkCommand(env, out, err))
                .setOverwrittenOptionsAllowed(true)
                .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
                .setUsageHelpWidth(100)
                .setOut(writer(out))
                .setErr(writer(err))
                .setParameterExceptionHandler(new UsageErrors());
        cli.commandLine = commandLine;
        dutchUsage(commandLine);
        try {
            return commandLine.execute(args);
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    /** Without a command (or with {@code help}): the list of commands. */
    @Override
    public Integer call() {
        commandLine.usage(commandLine.getOut());
        return 0;
    }

    @Command(name = "help", description = CliTeksten.HELP)
    int help(
            @Parameters(arity = "0..1", paramLabel = "OPDRACHT", description = CliTeksten.HELP_OPDRACHT)
                    String opdracht) {
        CommandLine command =
                opdracht == null ? null : commandLine.getSubcommands().get(opdracht);
        (command == null ? commandLine : command).usage(commandLine.getOut());
        return 0;
    }

    /** Every command gets {@code -h}/{@code --help} and Dutch headings in its usage. */
    private static void dutchUsage(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description(CliTeksten.HELP_OPTIE)
                .build());
        spec.usageMessage()
                .synopsisHeading(CliTeksten.KOP_GEBRUIK)
                .parameterListHeading(CliTeksten.KOP_ARGUMENTEN)
                .optionListHeading(CliTeksten.KOP_OPTIES)
                .commandListHeading(CliTeksten.KOP_OPDRACHTEN);
        command.getSubcommands().values().forEach(Cli::dutchUsage);
    }

    /** picocli writes to a PrintWriter; this one hands its text to the stream, in the stream's encoding. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(
                new Writer() {
                    @Override
                    public void write(char[] chars, int offset, int length) {
                        stream.print(new String(chars, offset, length));
                    }

                    @Override
                    public void flush() {
                        stream.flush();
                    }

                    @Override
                    public void close() {
                        stream.flush();
                    }
                },
                true);
    }
}
