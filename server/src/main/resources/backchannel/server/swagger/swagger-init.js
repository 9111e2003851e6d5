// Points Swagger UI at this server's OpenAPI document. A file of its own, so the page needs no inline script.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
