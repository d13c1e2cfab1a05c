import { Component } from '@angular/core';

@Component({
  selector: 'pt-portal-search',
  imports: [],
  templateUrl: './portal-search.html',
  styleUrl: './portal-search.css'
})
export class PortalSearch {}
