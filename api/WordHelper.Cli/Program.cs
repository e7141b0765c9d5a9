using System.Text;
using WordHelper.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error, colour: !Console.IsOutputRedirected);
