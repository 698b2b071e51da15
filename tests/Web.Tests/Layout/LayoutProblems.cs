using Microsoft.Playwright;

namespace PracticePlatform.Web.Tests.Layout;

/// <summary>What a page's layout gets wrong, read from the rendered page.</summary>
public static class LayoutProblems
{
    /// <summary>
    /// Panels whose content is wider than they are (clipped behind their own scrollbar), chart text that renders
    /// under 10 px once the chart is scaled to its panel, and chart labels whose boxes overlap.
    /// </summary>
    private const string Script = """
        () => {
            const problems = [];
            const name = element => (element.querySelector('h2, h3')?.textContent ?? element.id ?? '').trim();
            for (const panel of document.querySelectorAll('.panel')) {
                if (panel.scrollWidth > panel.clientWidth + 1) problems.push(`panel "${name(panel)}" overflows: ${panel.scrollWidth} px of content in ${panel.clientWidth} px`);
            }
            for (const svg of document.querySelectorAll('svg.chart')) {
                const scale = svg.getScreenCTM()?.a ?? 1;
                const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() !== '');
                for (const text of texts) {
                    const size = parseFloat(getComputedStyle(text).fontSize) * scale;
                    if (size < 10) problems.push(`chart text "${text.textContent}" renders at ${size.toFixed(1)} px`);
                }
                const boxes = texts.map(text => ({ text: text.textContent, box: text.getBoundingClientRect() }));
                for (let i = 0; i < boxes.length; i++) {
                    for (let j = i + 1; j < boxes.length; j++) {
                        const a = boxes[i].box, b = boxes[j].box;
                        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
                            problems.push(`chart labels "${boxes[i].text}" and "${boxes[j].text}" overlap`);
                        }
                    }
                }
            }
            return problems;
        }
        """;

    /// <summary>Each problem on the page as one line; none when the layout is sound.</summary>
    public static async Task<string[]> FindAsync(IPage page) => await page.EvaluateAsync<string[]>(Script);
}
