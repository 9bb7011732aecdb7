import { api } from "./helpers";

/**
 * A person of `unit` in `post` and a token the office issues to them: the unit's 联络员 seat is
 * renamed to `name` (every unit has one), anyone else is added.
 */
export async function personToken(office: string, name: string, unit: string, post: string): Promise<string> {
  let id: number;
  if (post === "联络员") {
    const [seat] = (await api(`/api/v1/people?unit=${unit}&post=联络员`, { token: office })).body.people;
    const res = await api(`/api/v1/people/${seat.id}`, { method: "PATCH", token: office, json: { version: seat.version, name } });
    id = res.body.id;
  } else {
    id = (await api("/api/v1/people", { method: "POST", token: office, json: { name, unit, post } })).body.id;
  }
  return (await api(`/api/v1/people/${id}/tokens`, { method: "POST", token: office, json: {} })).body.secret;
}
