import { describe, expect, it } from "vitest";
import { assignableRoles, may } from "./roles.ts";

describe("site roles", () => {
  it("lets owners hand out every role, admins everything below owner, others nothing", () => {
    expect(assignableRoles("owner")).toEqual(["owner", "admin", "editor", "viewer"]);
    expect(assignableRoles("admin")).toEqual(["admin", "editor", "viewer"]);
    expect(assignableRoles("editor")).toEqual([]);
    expect(assignableRoles("viewer")).toEqual([]);
  });

  it("keeps owners out of an admin's reach", () => {
    expect(may.manageMember("admin", "editor")).toBe(true);
    expect(may.manageMember("admin", "owner")).toBe(false);
    expect(may.manageMember("owner", "owner")).toBe(true);
    expect(may.manageMember("editor", "viewer")).toBe(false);
  });

  it("reserves renaming for admins and deleting for owners", () => {
    expect(may.renameSite("admin")).toBe(true);
    expect(may.renameSite("editor")).toBe(false);
    expect(may.deleteSite("admin")).toBe(false);
    expect(may.deleteSite("owner")).toBe(true);
  });
});
