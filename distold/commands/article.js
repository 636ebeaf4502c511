import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { articleChoices, articleOption, chosenArticle } from '../src/discord/article-choice.js';
import { labels, localeLanguage } from '../src/discord/labels.js';
import { textPayload } from '../src/discord/payload.js';
import { articleInfoPages, paragraphPages } from '../src/discord/render-article.js';
import { firstPage } from '../src/discord/respond.js';
export const data = new SlashCommandBuilder()
    .setName('article')
    .setNameLocalizations({ 'zh-CN': '文章' })
    .setDescription('The article: title, date, byline and length, or one paragraph by number')
    .setDescriptionLocalizations({ 'zh-CN': '文章的标题、日期、作者和段落数，或按编号显示一段' })
    .addIntegerOption((option) => option
    .setName('paragraph')
    .setNameLocalizations({ 'zh-CN': '段落' })
    .setDescription('Paragraph number (¶) to show')
    .setDescriptionLocalizations({ 'zh-CN': '要显示的段落编号（¶）' })
    .setMinValue(1))
    .addStringOption((option) => articleOption(option).setDescription('Which article (start typing its title); default: the first').setDescriptionLocalizations({ 'zh-CN': '哪篇文章（输入标题选择）；默认第一篇' }));
/** Read straight from the loaded article: no engine work, so it is answered at once. */
export async function execute(interaction, ctx) {
    const language = localeLanguage(interaction.locale);
    const words = labels(language);
    const chosen = await chosenArticle(ctx, interaction.guildId, interaction.channelId, interaction.options.getString('article'));
    if (!chosen.ok) {
        await interaction.reply(textPayload(chosen.message(language), MessageFlags.Ephemeral));
        return;
    }
    const articles = (await ctx.prepareEngine(interaction.guildId, { chosen: chosen.articleId }))().articles;
    const article = (chosen.articleId && articles.find((a) => a.id === chosen.articleId)) || articles[0];
    const n = interaction.options.getInteger('paragraph');
    if (!article) {
        await interaction.reply(textPayload(words.noArticle, MessageFlags.Ephemeral));
    }
    else if (n === null) {
        await interaction.reply(firstPage(articleInfoPages(article, language), ctx));
    }
    else if (!article.paragraphs.some((p) => p.n === n)) {
        await interaction.reply(textPayload(words.noSuchParagraph(n, article.paragraphs.length), MessageFlags.Ephemeral));
    }
    else {
        await interaction.reply(firstPage(paragraphPages(article, n, language, ctx.pageBudget), ctx));
    }
}
/** Titles of the server's articles for the `article:` option. */
export async function autocomplete(interaction, ctx) {
    await interaction.respond(await articleChoices(interaction, ctx));
}
//# sourceMappingURL=article.js.map