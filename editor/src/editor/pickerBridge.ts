import { useCallback, useEffect, useState } from "react";

/** A request waiting for its picker, and how to answer it. */
export type PendingPick<Request, Result> = {
  readonly request: Request;
  readonly resolve: (result: Result | null) => void;
};

/**
 * A picker that plain code can open (a field calls `pick(...)` and awaits the choice) while its
 * dialog lives in React: the component that calls `usePending()` registers itself as the one that
 * shows it. One picker at a time: a second request cancels the first (resolves null), and so does
 * `pick` when no such component is mounted.
 */
export function createPickerBridge<Request, Result>() {
  type Pending = PendingPick<Request, Result>;
  let openPicker: ((pending: Pending) => void) | null = null;
  return {
    pick(request: Request): Promise<Result | null> {
      return new Promise((resolve) => {
        if (!openPicker) resolve(null);
        else openPicker({ request, resolve });
      });
    },
    /** The request to show (null: none), and `finish` to answer it and close. */
    usePending(): { pending: Pending | null; finish: (result: Result | null) => void } {
      const [pending, setPending] = useState<Pending | null>(null);
      useEffect(() => {
        const open = (next: Pending) =>
          setPending((previous) => {
            previous?.resolve(null);
            return next;
          });
        openPicker = open;
        return () => {
          if (openPicker === open) openPicker = null;
        };
      }, []);
      const finish = useCallback(
        (result: Result | null) => {
          pending?.resolve(result);
          setPending(null);
        },
        [pending],
      );
      return { pending, finish };
    },
  };
}
