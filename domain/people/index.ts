export { readActor, type ActorName } from "./actor";
export { postOfToken } from "./legacy-post";
