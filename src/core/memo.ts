/**
 * A pure step remembered on its last input: called again with the same value under
 * each of `keys` (by identity), it returns the last result instead of running again.
 * The charts' prepare steps use it (parsed data is a new object only when re-parsed,
 * so identity is the right test and costs nothing).
 */
export function lastInputMemo<I extends object, R>(keys: readonly (keyof I)[], run: (input: I) => R): (input: I) => R {
  let last: I | null = null;
  let result: R | undefined;
  return (input) => {
    if (last && keys.every((k) => last![k] === input[k])) return result as R;
    last = { ...input };
    result = run(input);
    return result;
  };
}
