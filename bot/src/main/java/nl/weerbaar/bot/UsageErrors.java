package nl.weerbaar.bot;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Wrong use of a command: what is wrong in Dutch (picocli's own messages are English), the
 * command's usage line, and exit code 2.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(wat(e));
        CommandLine.Help help = command.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println(CliTeksten.meerUitleg(command.getCommandSpec().qualifiedName()));
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String wat(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return CliTeksten.onbekend(String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof MissingParameterException missing) {
            return CliTeksten.ontbreekt(
                    missing.getMissing().stream().map(UsageErrors::naam).collect(Collectors.joining(", ")));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return CliTeksten.ongeldigeWaarde(naam(e.getArgSpec()), e.getValue());
        }
        return CliTeksten.onjuistGebruik(e.getCommandLine().getCommandName());
    }

    private static String naam(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
