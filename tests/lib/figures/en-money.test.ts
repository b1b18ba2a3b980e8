import { describe, expect, it } from 'vitest';
import { figures } from './en-helpers';

describe('English money: scale words', () => {
  it('keeps the scale word and the currency inside the span', () => {
    expect(figures('Hubei invested 3.2 billion yuan in rural roads and attracted 1.5 trillion yuan of contracts.')).toEqual([
      ['3.2 billion yuan', 'money', 3.2e9, 'CNY', false],
      ['1.5 trillion yuan', 'money', 1.5e12, 'CNY', false],
    ]);
  });

  it('reads glued scale letters: 2.3bn, £35m, 250m people', () => {
    expect(figures('The retailer lost £2.3bn last year and will cut £35m of costs; its app has 250m users.')).toEqual([
      ['£2.3bn', 'money', 2.3e9, 'GBP', false],
      ['£35m', 'money', 3.5e7, 'GBP', false],
      ['250m users', 'count', 2.5e8, 'user', false],
    ]);
  });

  it("reads Malaysia's ringgit, before the number as RM or after it as a word, and the press's glued bil and mil", () => {
    expect(figures('The RM10bil line and a RM500mil loan; 2.5 million ringgit in grants.')).toEqual([
      ['RM10bil', 'money', 1e10, 'MYR', false],
      ['RM500mil', 'money', 5e8, 'MYR', false],
      ['2.5 million ringgit', 'money', 2.5e6, 'MYR', false],
    ]);
    // RMB stays the yuan
    expect(figures('It cost RMB 20 billion.')).toEqual([['RMB 20 billion', 'money', 2e10, 'CNY', false]]);
  });

  it('reads k as thousands only after a currency symbol or a decimal part, never in a 5k race nor a 4K screen', () => {
    expect(figures('Nurses earn £30k a year.')).toEqual([['£30k', 'money', 30000, 'GBP', false]]);
    expect(figures('The clip drew 3.5k comments. She ran a 5k race and bought a 4K television.')).toEqual([['3.5k comments', 'count', 3500, 'comment', false]]);
    // a decimal part before a word that names the thing, not a count of it, is a name too (a 1.5k walk)
    expect(figures('She ran a 1.5k walk for charity; the post had 2.5k likes.')).toEqual([['2.5k likes', 'count', 2500, 'like', false]]);
  });

  it('reads a glued m before a measure word as metres', () => {
    expect(figures('The 300m-long bridge opened.')).toEqual([['300m', 'quantity', 300, 'm', false]]);
    // a distance from a place; after a currency symbol it stays money
    expect(figures('The site is 500m from the station, and the fund raised $500m from investors.')).toEqual([
      ['500m', 'quantity', 500, 'm', false],
      ['$500m', 'money', 5e8, 'USD', false],
    ]);
  });

  it("reads India's rupees and its scale words crore and lakh", () => {
    expect(figures('The state sanctioned Rs 12 crore for relief, Rs. 5 lakh for each family and ₹3,000 crore for roads.')).toEqual([
      ['Rs 12 crore', 'money', 1.2e8, 'INR', false],
      ['Rs. 5 lakh', 'money', 5e5, 'INR', false],
      ['₹3,000 crore', 'money', 3e10, 'INR', false],
    ]);
  });

  it("reads India's kmph as kilometres an hour", () => {
    expect(figures('Winds of 60 kmph are likely.')).toEqual([['60 kmph', 'quantity', 60, 'km/h', false]]);
  });

  it('does not swallow a percentage after an amount with a spaced symbol', () => {
    expect(figures('Revenue was $ 12.5 million, 8 percent more than a year earlier.')).toEqual([
      ['$ 12.5 million', 'money', 1.25e7, 'USD', false],
      ['8 percent', 'percent', 8, '%', false],
    ]);
  });
});

describe('English money: currencies around the number', () => {
  it('reads symbols with a place prefix (HK$, C$, A$, US$)', () => {
    const text = 'The stock closed at HK$14.60, the Canadian fund paid C$40 million, an Australian bank lent A$12.5 million and bonds raised US$1.2 billion.';
    expect(figures(text)).toEqual([
      ['HK$14.60', 'money', 14.6, 'HKD', false],
      ['C$40 million', 'money', 4e7, 'CAD', false],
      ['A$12.5 million', 'money', 1.25e7, 'AUD', false],
      ['US$1.2 billion', 'money', 1.2e9, 'USD', false],
    ]);
  });

  it('reads ISO codes and RMB before or after the number, glued or spaced', () => {
    const text = 'A lender provided EUR 40 million, the group raised RMB 5 billion, tickets cost 80USD and a Ningbo supplier signed a 20 million USD deal.';
    expect(figures(text)).toEqual([
      ['EUR 40 million', 'money', 4e7, 'EUR', false],
      ['RMB 5 billion', 'money', 5e9, 'CNY', false],
      ['80USD', 'money', 80, 'USD', false],
      ['20 million USD', 'money', 2e7, 'USD', false],
    ]);
  });

  it('reads a code glued before the digits (RMB1.2 billion), but no model or version name', () => {
    expect(figures('The plant cost RMB1.2 billion and HKD500 million; the A380, MP3 players and G20 talks were not.')).toEqual([
      ['RMB1.2 billion', 'money', 1.2e9, 'CNY', false],
      ['HKD500 million', 'money', 5e8, 'HKD', false],
    ]);
  });

  it('reads currency words in any case (yuan, Yuan, euros, pounds sterling)', () => {
    expect(figures('Sales reached 960 million Yuan, or 120 million euros; a local appeal raised 15,000 pounds sterling.')).toEqual([
      ['960 million Yuan', 'money', 9.6e8, 'CNY', false],
      ['120 million euros', 'money', 1.2e8, 'EUR', false],
      ['15,000 pounds sterling', 'money', 15000, 'GBP', false],
    ]);
  });

  it('sets approx from the words before the amount, outside the span', () => {
    expect(figures('The plant cost more than $75 billion, about 0.4 percent of output.')).toEqual([
      ['$75 billion', 'money', 7.5e10, 'USD', true],
      ['0.4 percent', 'percent', 0.4, '%', true],
    ]);
  });

  it('reads vague amounts: millions of dollars', () => {
    expect(figures('The council spent millions of dollars on repairs.')).toEqual([['millions of dollars', 'money', 1e6, 'USD', true]]);
  });
});

describe('English pounds: money or weight', () => {
  it('pounds are GBP unless the text weighs something', () => {
    expect(figures('The fine was 200 pounds. The boy weighed 90 pounds and carried 20 pounds of rice; she paid £50.')).toEqual([
      ['200 pounds', 'money', 200, 'GBP', false],
      ['90 pounds', 'quantity', 90, 'lb', false],
      ['20 pounds', 'quantity', 20, 'lb', false],
      ['£50', 'money', 50, 'GBP', false],
    ]);
  });

  it('reads a range whose high end repeats the currency, but not a rise by one amount to another', () => {
    expect(figures('Flats sell for between £180,000 and £1.2m, seats cost €20-€45, and rent went up by £50 to £900.')).toEqual([
      ['£180,000 and £1.2m', 'money', 180000, 'GBP', false, 1200000],
      ['€20-€45', 'money', 20, 'EUR', false, 45],
      ['£50', 'money', 50, 'GBP', false],
      ['£900', 'money', 900, 'GBP', false],
    ]);
  });

  it('reads pence glued or spelt out as hundredths of a pound', () => {
    expect(figures('A pint of milk rose by 4p to 95p, stamps by 10 pence, and diesel by 1.5p a litre.')).toEqual([
      ['4p', 'money', 0.04, 'GBP', false],
      ['95p', 'money', 0.95, 'GBP', false],
      ['10 pence', 'money', 0.1, 'GBP', false],
      ['1.5p', 'money', 0.015, 'GBP', false],
    ]);
  });

  it('reads cents as hundredths of a dollar, and a range after ranging from', () => {
    expect(figures('It pays 24 cents a share; seats range from £45 to £225.')).toEqual([
      ['24 cents', 'money', 0.24, 'USD', false],
      ['£45 to £225', 'money', 45, 'GBP', false, 225],
    ]);
  });

  it('reads a price from its cheapest to its dearest after cost from or priced from as a range, a change after rose from as two', () => {
    expect(figures('Tickets will cost from €35 to €120. Rooms are priced from £80 to £150. Shares rose from $10 to $12.')).toEqual([
      ['€35 to €120', 'money', 35, 'EUR', false, 120],
      ['£80 to £150', 'money', 80, 'GBP', false, 150],
      ['$10', 'money', 10, 'USD', false],
      ['$12', 'money', 12, 'USD', false],
    ]);
  });
});

describe('English money: signs and words several countries share (currencyContexts)', () => {
  it('reads ¥ as yen in a text that names Japan, its places or the yen, as yuan elsewhere', () => {
    expect(figures('Toyota will invest ¥1.2 trillion in plants in Aichi.')).toEqual([['¥1.2 trillion', 'money', 1.2e12, 'JPY', false]]);
    expect(figures('The retailer paid ¥350 million for a site in Shanghai.')).toEqual([['¥350 million', 'money', 3.5e8, 'CNY', false]]);
  });

  it("reads Rs and rupees as Pakistan's or Sri Lanka's in a text that names them more than India, as India's elsewhere", () => {
    expect(figures('In Karachi, petrol costs Rs 281.34 a litre, and the rupee closed at 285 rupees to the dollar.')).toEqual([
      ['Rs 281.34', 'money', 281.34, 'PKR', false],
      ['285 rupees', 'money', 285, 'PKR', false],
    ]);
    expect(figures('Colombo raised bus fares to Rs 30, Sri Lanka said.')).toEqual([['Rs 30', 'money', 30, 'LKR', false]]);
    expect(figures('Tata Steel in Mumbai paid Rs 120 crore.')).toEqual([['Rs 120 crore', 'money', 1.2e9, 'INR', false]]);
    // Punjab is India's and Pakistan's: it names neither
    expect(figures('Farmers in Punjab received Rs 2,183 per quintal.')).toEqual([['Rs 2,183', 'money', 2183, 'INR', false]]);
    // a text that names India more often than Pakistan stays with the rupee of India
    expect(figures('Firms in Mumbai, New Delhi and across India paid Rs 500 crore while Pakistan watched.')).toEqual([['Rs 500 crore', 'money', 5e9, 'INR', false]]);
  });

  it("reads dirhams as Morocco's in a Moroccan text, as the Emirates' elsewhere", () => {
    expect(figures('Farmers near Agadir were promised 2,500 dirhams a month.')).toEqual([['2,500 dirhams', 'money', 2500, 'MAD', false]]);
    expect(figures('A flat in Dubai rents for 90,000 dirhams a year.')).toEqual([['90,000 dirhams', 'money', 90000, 'AED', false]]);
  });
});

describe('English money: slang and the currencies of other countries', () => {
  it('reads quid and bucks, the codes of other currencies and their names (rand, naira, Swiss francs)', () => {
    expect(figures('It cost 5 quid, 20 bucks, SEK 3bn, 3 million rand, 500 Swiss francs and 40,000 naira.')).toEqual([
      ['5 quid', 'money', 5, 'GBP', false],
      ['20 bucks', 'money', 20, 'USD', false],
      ['SEK 3bn', 'money', 3e9, 'SEK', false],
      ['3 million rand', 'money', 3e6, 'ZAR', false],
      ['500 Swiss francs', 'money', 500, 'CHF', false],
      ['40,000 naira', 'money', 40000, 'NGN', false],
    ]);
  });
});

describe('English money, round 10 (batch H)', () => {
  it("reads a share after a scale word or a whole number (a million and a half dollars, one and a quarter million), not a third's article", () => {
    expect(figures('The co-op raised a million and a half dollars and packs one and a quarter million eggs, two and three quarters miles away.')).toEqual([
      ['a million and a half dollars', 'money', 1500000, 'USD', false],
      ['one and a quarter million eggs', 'count', 1250000, 'egg', false],
      ['two and three quarters miles', 'quantity', 2.75, 'mi', false],
    ]);
  });

  it("reads KSh and the naira's sign, and R or N before digits only in a text naming the country (R400 billion, N1,100), never the R445 or the N7 elsewhere", () => {
    expect(figures("Kenya's M-Pesa handled KSh 35 trillion; Eskom, South Africa's utility, needs R400 billion.")).toEqual([
      ['KSh 35 trillion', 'money', 35000000000000, 'KES', false],
      ['R400 billion', 'money', 400000000000, 'ZAR', false],
    ]);
    expect(figures('The naira traded at N1,100 and ₦1,150 in Lagos.')).toEqual([
      ['N1,100', 'money', 1100, 'NGN', false],
      ['₦1,150', 'money', 1150, 'NGN', false],
    ]);
    expect(figures('The N7 and the R445 were closed, and R 40 was paid.')).toEqual([]);
  });
});

describe('English money, round 10 (batch I)', () => {
  it('reads the rupiah and the peso by their signs (Rp 15,900, ₱56), not Rp glued to a word', () => {
    expect(figures('The rupiah weakened past Rp 15,900 and the peso to ₱56; GRp 5 was a label.')).toEqual([
      ['Rp 15,900', 'money', 15900, 'IDR', false],
      ['₱56', 'money', 56, 'PHP', false],
      ['5', 'other', 5, null, false],
    ]);
  });
});

describe('English money: francs', () => {
  it('reads francs as Swiss francs and CFA francs as the West African franc, not a count of them', () => {
    expect(figures('A coffee costs 5 francs, or 500 CFA francs in Dakar.')).toEqual([
      ['5 francs', 'money', 5, 'CHF', false],
      ['500 CFA francs', 'money', 500, 'XOF', false],
    ]);
  });
});
