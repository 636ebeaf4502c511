/**
 * Discord's documented message limits. A payload over any of them is rejected with a 400,
 * which for an interaction means the user sees "The application did not respond".
 */
export const LIMITS = {
    content: 2000,
    embeds: 10,
    embedTitle: 256,
    embedDescription: 4096,
    embedFields: 25,
    fieldName: 256,
    fieldValue: 1024,
    footerText: 2048,
    authorName: 256,
    /** Sum of title, description, field names and values, footer text and author name over all embeds. */
    embedTotal: 6000,
    actionRows: 5,
    buttonsPerRow: 5,
    buttonLabel: 80,
    customId: 100,
    autocompleteChoices: 25,
    choiceName: 100,
    choiceValue: 100,
    /** A thread's name. */
    threadName: 100,
    /** A modal's title, and a text input's label in it. */
    modalTitle: 45,
    textInputLabel: 45,
    /** What a member may write under a 👎 ("what was wrong?"): a sentence or two, not an essay. */
    feedbackNote: 300,
};
function embedChars(embed) {
    let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
    n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
    for (const field of embed.fields ?? [])
        n += field.name.length + field.value.length;
    return n;
}
/** Every way a payload would be rejected by Discord, as readable strings; empty when it is fine. */
export function payloadProblems(payload) {
    const problems = [];
    const over = (what, length, max) => {
        if (length > max)
            problems.push(`${what} is ${length} > ${max}`);
    };
    over('content', payload.content?.length ?? 0, LIMITS.content);
    over('embed count', payload.embeds.length, LIMITS.embeds);
    let total = 0;
    payload.embeds.forEach((embed, i) => {
        over(`embed ${i} title`, embed.title?.length ?? 0, LIMITS.embedTitle);
        over(`embed ${i} description`, embed.description?.length ?? 0, LIMITS.embedDescription);
        over(`embed ${i} fields`, embed.fields?.length ?? 0, LIMITS.embedFields);
        over(`embed ${i} footer`, embed.footer?.text.length ?? 0, LIMITS.footerText);
        for (const field of embed.fields ?? []) {
            over(`embed ${i} field name`, field.name.length, LIMITS.fieldName);
            over(`embed ${i} field value`, field.value.length, LIMITS.fieldValue);
            if (field.name.length === 0 || field.value.length === 0)
                problems.push(`embed ${i} has an empty field`);
        }
        total += embedChars(embed);
    });
    over('embed total', total, LIMITS.embedTotal);
    if (!payload.content && payload.embeds.length === 0)
        problems.push('message is empty');
    over('action rows', payload.components.length, LIMITS.actionRows);
    for (const row of payload.components) {
        over('buttons in a row', row.components.length, LIMITS.buttonsPerRow);
        for (const button of row.components) {
            over('button label', button.label?.length ?? 0, LIMITS.buttonLabel);
            if ('custom_id' in button)
                over('custom_id', button.custom_id.length, LIMITS.customId);
        }
    }
    if (payload.allowedMentions.parse.length !== 0)
        problems.push('allowedMentions.parse is not empty');
    return problems;
}
//# sourceMappingURL=limits.js.map