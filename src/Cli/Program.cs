using PracticePlatform.Cli;

return PracticeCli.Run(args, Console.Out, Console.Error);
