import { labels } from './labels.js';
import { paginate } from './pages.js';
import { escapeMarkdown } from './text.js';
const COLOR_HELP = 0xf59e0b;
/** The command list in the reader's language, and how to ask by mention. Pure. */
export function helpPages(commands, language, articleTitles) {
    const words = labels(language);
    const localised = (c) => ({
        name: (language === 'zh' ? c.name_localizations?.['zh-CN'] : undefined) ?? c.name,
        description: (language === 'zh' ? c.description_localizations?.['zh-CN'] : undefined) ?? c.description,
    });
    const blocks = commands.map((c) => localised(c)).map((c) => ({ text: `**/${c.name}** — ${escapeMarkdown(c.description)}` }));
    blocks.push({ text: `\n${words.helpMention}` });
    const footer = articleTitles.map((t) => `${words.source}: ${t}`).join('\n');
    return paginate({ language, title: words.helpTitle, blocks, footer, color: COLOR_HELP });
}
//# sourceMappingURL=render-help.js.map