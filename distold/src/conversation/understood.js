import { romanizeName } from '../language/pinyin.js';
/**
 * The line a reply opens with to say how a follow-up was read ("关于张三", "About Zhang San"),
 * so a wrong reading is seen at once and can be asked again in full. None for a question that stood alone.
 */
export function understoodLine(reading, exchange, language) {
    const zh = language === 'zh';
    switch (reading.kind) {
        case 'new':
            return undefined;
        case 'person':
            return zh ? `关于${reading.name}` : `About ${romanizeName(reading.name)} (${reading.name})`;
        case 'group': {
            const { group } = reading;
            const names = group.kind === 'people' && !zh ? group.members.map((n) => `${romanizeName(n)} (${n})`).join(', ') : group.members.join(zh ? '、' : ', ');
            return zh ? `关于${names}` : `About ${names}`;
        }
        case 'rephrased':
            return zh ? `理解为：${reading.question}` : `Read as: ${reading.question}`;
        case 'item':
            return zh ? `上一个回答的第${reading.position}项` : `Item ${reading.position} of the last answer`;
        case 'more':
            return zh ? `接着问：${exchange.question}` : `More on: ${exchange.question}`;
    }
}
//# sourceMappingURL=understood.js.map