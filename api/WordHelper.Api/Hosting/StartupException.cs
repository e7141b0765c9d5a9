namespace WordHelper.Api.Hosting;

/// <summary>A setting or a folder that keeps the service from starting; the message is Vietnamese and says what to do.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
