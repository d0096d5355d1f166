using System.CommandLine;
using CircularPark.Cli;
using CircularPark.Cli.Commands;

// circularpark: bulk work on the CircularPark database from the command line. `circularpark --help` lists the commands.
var root = new RootCommand("CircularPark 园区循环化改造管理平台: database, import, export, material-flow, symbiosis, exchange, selection, user, funds, assessment and acceptance commands")
{
    DbCommands.Create(),
    ImportCommands.Create(),
    ExportCommands.Create(),
    ComputeCommands.Create(),
    ComputeCommands.CreateCheck(),
    MfaCommands.Create(),
    SymbiosisCommands.Create(),
    ExchangeCommands.Create(),
    SelectionCommands.Create(),
    UserCommands.Create(),
    RegionsCommands.Create(),
    FundsCommands.Create(),
    AssessmentCommands.Create(),
    AcceptanceCommands.Create(),
};
root.Options.Add(CliHost.ProviderOption);
root.Options.Add(CliHost.ConnectionOption);
return await root.Parse(args).InvokeAsync();
