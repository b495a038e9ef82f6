using Lantern.Cli;

return await LanternCli.RunAsync(args, CliContext.FromConsole());
