// The handler types derived from the spec (generated/operations.ts → http/context.ts): the compiler
// refuses a handler whose input or answer disagrees with spec/openapi.yaml. The `@ts-expect-error`
// lines are checked by `tsc` (the package's typecheck): each must stay an error.
import { describe, expect, expectTypeOf, it } from "vitest";
import { operations } from "../../src/generated/api.ts";
import type { OperationId } from "../../src/generated/operations.ts";
import type { Handler, Handlers, InputOf, OutputOf } from "../../src/http/context.ts";
import type { HandlerTable } from "../../src/routes/index.ts";
import type { BookingView } from "../../src/shell/booking-view.ts";

describe("handler types from the spec", () => {
  it("types each operation's parameters, body and caller", () => {
    expectTypeOf<InputOf<"getBooking">["path"]>().toEqualTypeOf<{ booking_id: string }>();
    expectTypeOf<InputOf<"listBookings">["query"]["limit"]>().toEqualTypeOf<number>();
    expectTypeOf<InputOf<"listBookings">["query"]["status"]>().toEqualTypeOf<BookingView["status"] | undefined>();
    expectTypeOf<InputOf<"createBooking">["body"]["start"]>().toEqualTypeOf<string>();
    expectTypeOf<InputOf<"cancelBooking">["body"]>().toEqualTypeOf<{ reason?: string } | undefined>();
    expectTypeOf<InputOf<"createBooking">["agent"]["agent_id"]>().toEqualTypeOf<string>();
    expectTypeOf<InputOf<"createAgent">["user"]["workspace_id"]>().toEqualTypeOf<string>();
  });

  it("refuses answers the spec does not declare", () => {
    const ok: OutputOf<"getBooking">["status"][] = [200, 404, 400];
    expect(ok).toHaveLength(3);
    // @ts-expect-error getBooking never answers 201
    const created: OutputOf<"getBooking"> = { status: 201, body: {} as BookingView };
    // @ts-expect-error a 200 of getBooking carries a Booking
    const wrongBody: OutputOf<"getBooking"> = { status: 200, body: { booking_id: "bkg_1" } };
    // @ts-expect-error deleteWebhook's 204 has no body
    const withBody: OutputOf<"deleteWebhook"> = { status: 204, body: { deleted: true } };
    // @ts-expect-error getRules has no query parameter `limit`
    const readsUnknown: Handler<"getRules"> = async ({ query }) => ({ status: 200, body: { rules: query.limit } });
    expect([created, wrongBody, withBody, readsUnknown]).toHaveLength(4);
  });

  it("needs a handler for every operation (the mailbox's only with a mailbox)", () => {
    expectTypeOf<keyof HandlerTable>().toEqualTypeOf<OperationId>();
    expectTypeOf<Handlers["createBooking"]>().toEqualTypeOf<Handler<"createBooking">>();
    const ids: OperationId[] = operations.map((op) => op.operationId as OperationId);
    expect(new Set(ids).size).toBe(operations.length);
  });
});
