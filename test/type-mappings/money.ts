/** A user's module for the custom type mapping test: a money type and the Zod codec to and from its wire form. */
import { z } from 'zod';

export class Money {
  constructor(readonly cents: bigint) {}
}

/** A decimal string with at most two fractional digits ⇄ Money. */
export const MoneySchema = z.codec(z.string().regex(/^-?[0-9]+(\.[0-9]{1,2})?$/), z.instanceof(Money), {
  decode: (text) => {
    const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
    const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
    return new Money(text.startsWith('-') ? -cents : cents);
  },
  encode: (money) => {
    const sign = money.cents < 0n ? '-' : '';
    const cents = money.cents < 0n ? -money.cents : money.cents;
    return `${sign}${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
  },
});

export type UserId = string & { readonly brand: 'UserId' };

/** Any string, branded. */
export const UserIdSchema = z.codec(
  z.string(),
  z.custom<UserId>((value) => typeof value === 'string'),
  {
    decode: (text) => text as UserId,
    encode: (id) => id,
  },
);
