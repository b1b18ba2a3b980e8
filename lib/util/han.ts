// Whether a character is Chinese: the test the place rules make at a name's edges (a name may not
// start or end inside a run of Han characters that makes another word).

/** Whether `c` (a character of a text, or undefined past its end) holds a Han ideograph (CJK Extension A and the Unified block). */
export const isHan = (c: string | undefined): boolean => !!c && /[\u3400-\u9fff]/.test(c);
