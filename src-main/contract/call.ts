import { z } from 'zod'

/** One API call: its name and the zod schemas of its input and output. */
export interface Call<N extends string = string, I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly name: N
  readonly input: I
  readonly output: O
}

export function call<N extends string, I extends z.ZodType, O extends z.ZodType>(name: N, input: I, output: O): Call<N, I, O> {
  return { name, input, output }
}
