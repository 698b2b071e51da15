using Microsoft.Playwright;

namespace PracticePlatform.Web.Tests;

/// <summary>One person's browser context and page, collecting every console error and uncaught page error.</summary>
public sealed class Visitor : IAsyncDisposable
{
    private readonly List<string> _errors = [];
    private readonly Lock _lock = new();

    public Visitor(string who, IBrowserContext context, IPage page)
    {
        Who = who;
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Record($"page error on {page.Url}: {error}");
    }

    public string Who { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The errors the page logged so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_lock)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Fails when any page of this visitor logged a console error or threw.</summary>
    public void AssertNoErrors() => Assert.True(Errors.Count == 0, $"{Who}'s pages logged errors:\n{string.Join('\n', Errors)}");

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/<paramref name="name"/>.png and prints its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(WebSuite.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        System.Console.WriteLine($"screenshot: {path}");
        return path;
    }

    /// <summary>Forgets errors expected by the test (a deliberate 403 page logs a failed resource load).</summary>
    public void ForgetErrors()
    {
        lock (_lock)
        {
            _errors.Clear();
        }
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();

    private void Record(string error)
    {
        lock (_lock)
        {
            _errors.Add(error);
        }
    }
}
